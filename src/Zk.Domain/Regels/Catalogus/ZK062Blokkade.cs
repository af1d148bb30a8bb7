using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK062: a council moment does not fall in a blocked period: the date of the meeting it names; for a moment with only
/// a quarter, when every calendar meeting of that quarter is blocked, the first of them. Periods are found by a
/// sorted search, the fully blocked quarters once per validation.
/// </summary>
internal sealed class ZK062Blokkade() : Regeldefinitie(
    Regelcatalogus.ZK062, FindingSeverity.Warning, "5 (verkiezingen 2022)",
    nl: new(
        "Een raadsmoment valt niet in een geblokkeerde periode (reces, rond de gemeenteraadsverkiezingen).",
        "Het raadsmoment {fase} van actie '{actie}' valt op {datum}, in de geblokkeerde periode '{reden}'."),
    en: new(
        "A council moment does not fall in a blocked period (recess, around the municipal elections).",
        "The council moment {fase} of action '{actie}' falls on {datum}, in the blocked period '{reden}'."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (c.Blokkades.IsEmpty)
        {
            return;
        }

        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            var moment = actie.Raadsmomenten[j];
            var datum = moment switch
            {
                { Radenbijeenkomst: { } id } => c.Bijeenkomst(id)?.Datum,
                { Kwartaal: { } kwartaal } => c.AllesGeblokkeerd(kwartaal),
                _ => null,
            };
            if (datum is { } d && c.Blokkades.Op(d) is { } blokkade)
            {
                uit.Meld(
                    this,
                    pad.Met(".raadsmomenten", j),
                    ("fase", c.Fase(moment.Fase)),
                    ("actie", actie.Id),
                    ("datum", NodaTime.Text.LocalDatePattern.Iso.Format(d)),
                    ("reden", blokkade.Reden));
            }
        }
    }
}
