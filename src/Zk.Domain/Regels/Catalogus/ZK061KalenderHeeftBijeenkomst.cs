using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK061: with a calendar, a planned moment has a meeting there: the meeting it names, or, when it names none, a
/// meeting in its quarter (one lookup in the calendar's index per moment).
/// </summary>
internal sealed class ZK061KalenderHeeftBijeenkomst() : Regeldefinitie(
    Regelcatalogus.ZK061, FindingSeverity.Error, "ch. 8",
    nl: new(
        "Een raadsmoment is gepland waar de vergaderkalender een radenbijeenkomst heeft.",
        "Het raadsmoment {fase} van actie '{actie}' valt in {waar}, waar de kalender geen {soort} heeft."),
    en: new(
        "A council moment is planned where the meeting calendar has a radenbijeenkomst.",
        "The council moment {fase} of action '{actie}' falls in {waar}, where the calendar has no {soort}."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (c.Kalender is not { } kalender)
        {
            return;
        }

        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            var moment = actie.Raadsmomenten[j];
            var heeftBijeenkomst = moment switch
            {
                { Radenbijeenkomst: { } id } => kalender.Contains(id),
                { Kwartaal: { } kwartaal } => !kalender.In(kwartaal).IsEmpty,
                _ => true, // N.t.b.: ZK043's
            };
            if (!heeftBijeenkomst)
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j), ("fase", c.Fase(moment.Fase)), ("actie", actie.Id), ("waar", (object?)moment.Radenbijeenkomst ?? moment.Kwartaal), ("soort", c.Soort(null)));
            }
        }
    }
}
