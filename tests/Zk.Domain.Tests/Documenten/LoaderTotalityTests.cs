using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

/// <summary>Whatever the bytes, loading gives a plan or the one documented error, never another exception.</summary>
public class LoaderTotalityTests
{
    internal static readonly byte[] Bundled = WerkplanDocument.Save(BundledPlans.ZuidKennemerland);
    internal static readonly byte[] Small = Encoding.UTF8.GetBytes(Examples.Valid);

    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]\",:0-9.eE nulltruefalse\\u00\n\t\u00e9");

    // A valid document with a few bytes changed, removed, duplicated or cut off.
    internal static Gen<byte[]> Mutated(byte[] source) =>
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, source.Length - 1)
        from length in Gen.Choose(1, 40)
        from replacement in Gen.OneOf(Gen.Elements(Interesting), Gen.Choose(0, 255).Select(b => (byte)b))
        select kind switch
        {
            0 => [.. source.AsSpan(0, at), replacement, .. source.AsSpan(at + 1)],
            1 => [.. source.AsSpan(0, at), .. source.AsSpan(Math.Min(source.Length, at + length))],
            2 => [.. source.AsSpan(0, at), .. source.AsSpan(at, Math.Min(length, source.Length - at)), .. source.AsSpan(at)],
            _ => source[..at],
        };

    internal static Gen<byte[]> AnyBytes => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    private static bool LoadsOrFailsCleanly(byte[] bytes)
    {
        var ok = WerkplanDocument.TryLoad(bytes, out var plan, out var error, "fuzz.json");
        if (ok)
        {
            // Whatever loads, saves and loads again to the same plan.
            return plan is not null && error is null && WerkplanDocument.Load(WerkplanDocument.Save(plan)) == plan;
        }

        try
        {
            WerkplanDocument.Load(bytes, "fuzz.json");
            return false;
        }
        catch (WerkplanDocumentException e)
        {
            return error is not null && e.Error == error && error.Source == "fuzz.json" && error.JsonPath.StartsWith('$')
                && error.Line >= 1 && error.Column >= 1;
        }
    }

    [Property(MaxTest = 1000, Replay = "(271828,314159)")]
    public Property Mutations_of_the_bundled_plan_load_or_fail_cleanly() =>
        Prop.ForAll(Arb.From(Mutated(Bundled)), LoadsOrFailsCleanly);

    [Property(MaxTest = 2000, Replay = "(161803,141421)")]
    public Property Mutations_of_a_small_plan_load_or_fail_cleanly() =>
        Prop.ForAll(Arb.From(Mutated(Small)), LoadsOrFailsCleanly);

    [Property(MaxTest = 1000, Replay = "(577215,662607)")]
    public Property Random_bytes_fail_cleanly() =>
        Prop.ForAll(Arb.From(AnyBytes), LoadsOrFailsCleanly);
}
