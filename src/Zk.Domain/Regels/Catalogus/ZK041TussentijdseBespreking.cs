using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK041: a planned decision has an interim discussion (50 %, 80 %, concept, bespreking) at an earlier place.</summary>
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
        var momenten = actie.Raadsmomenten;
        for (var j = 0; j < momenten.Count; j++)
        {
            if (momenten[j].Fase == Fase.Besluitvorming && c.Plaats(momenten[j]) is { } hier && !HeeftEerdereBespreking(c, actie, hier))
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j), ("actie", actie.Id), ("plaats", hier));
            }
        }
    }

    private static bool HeeftEerdereBespreking(Regelcontext c, Actie actie, Plaats hier)
    {
        foreach (var eerder in actie.Raadsmomenten)
        {
            if (eerder.Fase.IsInterim() && c.Plaats(eerder) is { } daar && Plaats.Vergelijk(daar, hier) < 0)
            {
                return true;
            }
        }

        return false;
    }
}
