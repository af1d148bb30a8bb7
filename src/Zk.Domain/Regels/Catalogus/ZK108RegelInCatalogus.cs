namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK108: every rule the plan's profile sets (<c>Bestuursprofiel.Regels</c>) is a rule of the catalogue. A setting for a
/// code the catalogue does not have changes nothing (a typing error, or a rule of a newer version of the library), so
/// the plan is still consistent: a warning, at the setting's path. Codes are exact (<c>zk012</c> is not ZK012).
/// </summary>
internal sealed class ZK108RegelInCatalogus() : Regeldefinitie(
    Regelcatalogus.ZK108, FindingSeverity.Warning, "—",
    nl: new(
        "Elke regel die het bestuursprofiel instelt, staat in de regelcatalogus.",
        "De regel '{code}' die het bestuursprofiel '{profiel}' instelt, staat niet in de regelcatalogus; de instelling doet niets."),
    en: new(
        "Every rule the governance profile sets is in the rules catalogue.",
        "The rule '{code}' that the governance profile '{profiel}' sets is not in the rules catalogue; the setting does nothing."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var profiel = c.Plan.Profiel;
        foreach (var regel in profiel.Regels)
        {
            if (!Regelcatalogus.TryGet(regel.Code, out _))
            {
                uit.Meld(this, Pad(regel.Code), ("code", regel.Code), ("profiel", profiel.Id));
            }
        }
    }

    // profiel.regels.ZK999, or profiel.regels['zk 999'] for a code that is not letters and digits only.
    private static string Pad(string code) =>
        code.Length > 0 && code.All(char.IsAsciiLetterOrDigit)
            ? "profiel.regels." + code
            : "profiel.regels['" + code.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
