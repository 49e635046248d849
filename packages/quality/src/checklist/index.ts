export { type ParsedChecklist, parseChecklist } from "./parse";
export { type CheckDescriptor, CheckDescriptorSchema, type Checklist, ChecklistSchema } from "./schema";
