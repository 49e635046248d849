export { type AgeBandProblems, ageBandsCheck, findAgeBandProblems } from "./age-bands";
