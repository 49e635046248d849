import type { Handler } from "../../declare";
import { exportSurvey } from "./export";
import { importSurvey } from "./import";
import { reportSurvey } from "./report";

/**
 * Runs `ciudata survey export|import|report`: export writes a questionnaire as a form, import reads an
 * answers export into a responses file (nothing written on any problem), report prints demand or maturity.
 */
export const runSurvey: Handler = async (args, ctx) => {
  const [action, file] = args.positionals as [string, string];
  if (action === "export") return exportSurvey(file, args, ctx);
  if (action === "import") return importSurvey(file, args, ctx);
  return reportSurvey(file, args, ctx);
};
