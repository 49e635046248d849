// @ciudata/open-data/node: the Node-only parts (loopback servers, mirror, local portal, conformance).
export { endpointPath, type PortalCase, type PortalCaseResult, runPortalConformance } from "./conformance";
export { type Loopback, listenLoopback } from "./loopback";
