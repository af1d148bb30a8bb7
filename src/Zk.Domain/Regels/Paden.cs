namespace Zk.Domain.Regels;

/// <summary>The path of one action: <c>acties[3]</c> in a plan, empty when an action is validated on its own.</summary>
internal readonly record struct ActiePad(int Index)
{
    public static ActiePad Los => new(-1);

    public string Met(string rest)
    {
        if (Index < 0)
        {
            return rest.StartsWith('.') ? rest[1..] : rest;
        }

        return Regelcontext.Pad("acties", Index) + rest;
    }

    public string Met(string veld, int index, string rest = "") => Met(Regelcontext.Pad(veld, index) + rest);
}

/// <summary>
/// The path of one council moment, built only for a finding: <c>acties[3].raadsmomenten[1]</c>, or
/// <c>totstandkoming[2]</c> for the plan's own history.
/// </summary>
internal readonly record struct MomentPad(ActiePad? Actie, int Index)
{
    public static MomentPad Totstandkoming(int index) => new(null, index);

    public string Tekst() => Actie is { } actie ? actie.Met(".raadsmomenten", Index) : Regelcontext.Pad("totstandkoming", Index);
}
