using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Documenten;

public class RoundTripTests
{
    [Property(MaxTest = 300, Replay = "(20211124,20210709)")]
    public Property Load_inverts_Save() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var loaded = WerkplanDocument.Load(WerkplanDocument.Save(plan));
            return (loaded == plan).Label("Load(Save(p)) == p");
        });

    [Property(MaxTest = 100, Replay = "(20220316,20230101)")]
    public Property Save_is_a_fixed_point_after_one_round() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var once = WerkplanDocument.Save(plan);
            var twice = WerkplanDocument.Save(WerkplanDocument.Load(once));
            return once.AsSpan().SequenceEqual(twice);
        });

    [Property(MaxTest = 100, Replay = "(1,3)")]
    public Property Stream_and_text_forms_agree_with_bytes() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            using var stream = new MemoryStream();
            WerkplanDocument.Save(plan, stream);
            var bytes = WerkplanDocument.Save(plan);
            stream.Position = 0;
            return stream.ToArray().AsSpan().SequenceEqual(bytes)
                && WerkplanDocument.Load(stream) == plan
                && WerkplanDocument.Parse(WerkplanDocument.SaveToString(plan)) == plan;
        });

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    public void Saving_does_not_depend_on_the_culture(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => WerkplanDocument.Save(BundledPlans.ZuidKennemerland));
        var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => WerkplanDocument.Save(BundledPlans.ZuidKennemerland));
        Assert.Equal(invariant, local);
        var reloaded = WithCulture(CultureInfo.GetCultureInfo(culture), () => WerkplanDocument.Load(local));
        Assert.Equal(BundledPlans.ZuidKennemerland, reloaded);
    }

    [Fact]
    public void Saving_is_thread_safe_and_deterministic()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var expected = WerkplanDocument.Save(plan);
        var results = new byte[16][];
        Parallel.For(0, results.Length, i => results[i] = WerkplanDocument.Save(WerkplanDocument.Load(expected)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
