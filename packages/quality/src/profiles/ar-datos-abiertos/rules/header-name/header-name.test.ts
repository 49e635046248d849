import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { headerName } from "./header-name";

describe("header-name rule", () => {
  it("reports names that are not lowercase a-z0-9_ and suggests one", async () => {
    const long = "x".repeat(51);
    const errors = await profileErrors(`Fecha Alta,id,Año,${long},monto_2024\n1,2,3,4,5\n`, [headerName()]);
    expect(where(errors)).toEqual([
      [null, 1, "quality/profile/header-name"],
      [null, 3, "quality/profile/header-name"],
      [null, 4, "quality/profile/header-name"],
    ]);
    expect(errors[0]?.params).toMatchObject({ received: "Fecha Alta", example: "fecha_alta" });
    expect(errors[0]?.params.hint).toBe("renombre la columna como «fecha_alta»");
    expect(errors[1]?.params.example).toBe("ano");
    expect(errors[2]?.params.reason).toBe("length");
    expect(String(errors[2]?.params.example).length).toBe(50);
  });

  it("takes another length and severity", async () => {
    const errors = await profileErrors("codigo_postal\n1\n", [
      headerName({ maxLength: 6, severity: "warning" }),
    ]);
    expect(errors[0]?.severity).toBe("warning");
  });

  it("speaks the report's language", async () => {
    const errors = await profileErrors("Barrio\nx\n", [headerName()], { lang: "en" });
    expect(errors[0]?.message).toContain("the column name does not follow the guide");
  });
});
