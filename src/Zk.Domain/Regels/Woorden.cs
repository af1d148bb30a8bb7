using Zk.Domain.Besturing;

namespace Zk.Domain.Regels;

/// <summary>The words the rules' messages fill in, per language, in one table.</summary>
internal static class Woorden
{
    /// <summary>A stage's name.</summary>
    public static string Fase(Fase fase, Taal taal) => (fase, taal) switch
    {
        (Besturing.Fase.Verkenning, Taal.En) => "exploration",
        (Besturing.Fase.Informatie, Taal.En) => "information",
        (Besturing.Fase.Terugkoppeling, Taal.En) => "feedback",
        (Besturing.Fase.Bespreking, Taal.En) => "discussion",
        (Besturing.Fase.Versie50, Taal.En) => "50 % version",
        (Besturing.Fase.Versie80, Taal.En) => "80 % version",
        (Besturing.Fase.Concept, Taal.En) => "concept",
        (Besturing.Fase.Besluitvorming, Taal.En) => "decision",
        (_, Taal.En) => "evaluation",
        (Besturing.Fase.Verkenning, _) => "verkenning",
        (Besturing.Fase.Informatie, _) => "informatie",
        (Besturing.Fase.Terugkoppeling, _) => "terugkoppeling",
        (Besturing.Fase.Bespreking, _) => "bespreking",
        (Besturing.Fase.Versie50, _) => "50%-versie",
        (Besturing.Fase.Versie80, _) => "80%-versie",
        (Besturing.Fase.Concept, _) => "concept",
        (Besturing.Fase.Besluitvorming, _) => "besluitvorming",
        _ => "evaluatie",
    };

    /// <summary>"korte"/"short" or "lange"/"long", for ZK012.</summary>
    public static string Termijn(Werkplannen.Termijn termijn, Taal taal) => (termijn, taal) switch
    {
        (Werkplannen.Termijn.Kort, Taal.En) => "short",
        (_, Taal.En) => "long",
        (Werkplannen.Termijn.Kort, _) => "korte",
        _ => "lange",
    };

    /// <summary>"(geen)"/"(none)", for an action without council moments (ZK043).</summary>
    public static string Geen(Taal taal) => taal == Taal.En ? "(none)" : "(geen)";
}
