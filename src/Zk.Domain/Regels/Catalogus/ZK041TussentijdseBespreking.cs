using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK041: a planned decision has an interim discussion (50 %, 80 %, concept, bespreking: a stage the plan's profile marks
/// interim) at an earlier place, when the profile requires one before the decision.
/// </summary>
internal sealed class ZK041TussentijdseBespreking() : Regeldefinitie(
    Regelcatalogus.ZK041, FindingSeverity.Error, "ch. 2 (convenant)",
    nl: new(
        "Geen besluitvorming zonder eerdere tussentijdse bespreking (50 %, 80 % of concept) in een radenbijeenkomst.",
        "De besluitvorming over actie '{actie}' ({plaats}) heeft geen eerdere tussentijdse bespreking."),
    en: new(
        "No decision without an earlier interim discussion (50 %, 80 % or concept) in a radenbijeenkomst.",
        "The decision on action '{actie}' ({plaats}) has no earlier interim discussion."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        var profiel = c.Plan.Profiel;
        if (!VraagtTussentijdseBespreking(profiel))
        {
            return;
        }

        var momenten = actie.Raadsmomenten;
        for (var j = 0; j < momenten.Count; j++)
        {
            if (profiel.IsBesluit(momenten[j].Fase) && c.Plaats(momenten[j]) is { } hier && !HeeftEerdereBespreking(c, actie, hier))
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j), ("actie", actie.Id), ("plaats", hier));
            }
        }
    }

    // Whether the profile asks for an interim discussion before the decision (one of its required stages is interim).
    private static bool VraagtTussentijdseBespreking(Bestuursprofiel profiel)
    {
        foreach (var fase in profiel.VereisteFasen)
        {
            if (profiel.IsTussentijds(fase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeeftEerdereBespreking(Regelcontext c, Actie actie, Plaats hier)
    {
        foreach (var eerder in actie.Raadsmomenten)
        {
            if (c.Plan.Profiel.IsTussentijds(eerder.Fase) && c.Plaats(eerder) is { } daar && Plaats.Vergelijk(daar, hier) < 0)
            {
                return true;
            }
        }

        return false;
    }
}
