using Zk.Domain.Partijen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK109: a party's TOOI identifier (<see cref="Partij.Tooi"/>) has the standard's form: for a municipality
/// <c>https://identifier.overheid.nl/tooi/id/gemeente/gm</c> and four digits (<see cref="Partij.IsTooiGemeente"/>), for
/// another party at least <c>https://identifier.overheid.nl/tooi/id/</c> and a code. Exports name the municipality by
/// it, so a malformed one would reach a portal: an error, at the identifier's path.
/// </summary>
internal sealed class ZK109TooiIdentificatie() : Regeldefinitie(
    Regelcatalogus.ZK109, FindingSeverity.Error, "—",
    nl: new(
        "De TOOI-identificatie van een partij heeft de vorm van de standaard (gemeente: https://identifier.overheid.nl/tooi/id/gemeente/gmNNNN).",
        "De TOOI-identificatie '{tooi}' van '{partij}' heeft niet de vorm {vorm}."),
    en: new(
        "A party's TOOI identifier has the standard's form (municipality: https://identifier.overheid.nl/tooi/id/gemeente/gmNNNN).",
        "The TOOI identifier '{tooi}' of '{partij}' does not have the form {vorm}."))
{
    private const string Voorvoegsel = "https://identifier.overheid.nl/tooi/id/";

    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        for (var i = 0; i < c.Plan.Partijen.Count; i++)
        {
            if (c.Plan.Partijen[i] is not { Tooi: { } tooi } partij)
            {
                continue;
            }

            var gemeente = partij.Soort == PartijSoort.Gemeente;
            var goed = gemeente
                ? Partij.IsTooiGemeente(tooi)
                : tooi.Length > Voorvoegsel.Length && tooi.StartsWith(Voorvoegsel, StringComparison.Ordinal);
            if (!goed)
            {
                uit.Meld(
                    this,
                    Regelcontext.Pad("partijen", i) + ".tooi",
                    ("tooi", tooi),
                    ("partij", partij.Id),
                    ("vorm", gemeente ? Voorvoegsel + "gemeente/gmNNNN" : Voorvoegsel + "…"));
            }
        }
    }
}
