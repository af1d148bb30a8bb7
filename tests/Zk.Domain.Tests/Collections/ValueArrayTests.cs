using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Collections;

namespace Zk.Domain.Tests.Collections;

/// <summary>ValueArray: equality by elements, hash consistent with equality, default is empty, no mutation from outside, ToString.</summary>
public class ValueArrayTests
{
    // Pairs of arrays that are often equal (a copy, maybe changed in one place) and often not.
    private static readonly Gen<(string[] A, string[] B)> Paren =
        from a in Gen.Elements("a", "b", "", "één", "🚲").ArrayOf()
        from soort in Gen.Choose(0, 2)
        from b in soort switch
        {
            0 => Gen.Constant(a.Select(s => new string(s.AsSpan())).ToArray()),
            1 when a.Length > 0 => Gen.Choose(0, a.Length - 1).Select(i => a.Select((s, j) => j == i ? s + "x" : s).ToArray()),
            _ => Gen.Elements("a", "b", "").ArrayOf(),
        }
        select (a, b);

    private static int gelijk;
    private static int ongelijk;

    [Property(MaxTest = 500, Replay = "(20261209,13)")]
    public Property Equality_is_by_elements_in_order_and_the_hash_follows_it() =>
        Prop.ForAll(Arb.From(Paren), paar =>
        {
            var (a, b) = paar;
            ValueArray<string> x = a, y = b;
            var verwacht = a.SequenceEqual(b);
            Interlocked.Increment(ref verwacht ? ref gelijk : ref ongelijk);
            var ok = x.Equals(y) == verwacht && x.Equals((object)y) == verwacht && (x == y) == verwacht && (x != y) != verwacht
                && y.Equals(x) == verwacht && (!verwacht || x.GetHashCode() == y.GetHashCode());
            return ok.Label($"[{string.Join(",", a)}] vs [{string.Join(",", b)}]");
        });

    [Fact]
    public void The_equality_law_saw_both_equal_and_unequal_pairs()
    {
        // Runs the property itself so that the counts do not depend on test order.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Equality_is_by_elements_in_order_and_the_hash_follows_it());
        Assert.True(gelijk >= 75, $"{gelijk} equal pairs");
        Assert.True(ongelijk >= 75, $"{ongelijk} unequal pairs");
    }

    [Fact]
    public void Default_is_the_empty_array_in_every_form()
    {
        ValueArray<int> standaard = default;
        ValueArray<int>[] leeg = [ValueArray<int>.Empty, [], new ValueArray<int>([]), (int[]?)null, ImmutableArray<int>.Empty, default(ImmutableArray<int>), ValueArray.Create<int>([])];
        Assert.All(leeg, l =>
        {
            Assert.True(l == standaard);
            Assert.Equal(standaard.GetHashCode(), l.GetHashCode());
            Assert.Empty(l);
            Assert.True(l.IsEmpty);
        });
        Assert.Empty(standaard);
        Assert.Equal("[]", standaard.ToString());
        Assert.True(standaard.ToImmutableArray().IsEmpty);
        Assert.True(standaard.AsSpan().IsEmpty);
        Assert.Equal([7], standaard.Add(7));
        Assert.Throws<IndexOutOfRangeException>(() => standaard[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => standaard.SetItem(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => standaard.RemoveAt(0));
        Assert.False(standaard.Equals((object)ImmutableArray<int>.Empty));
    }

    [Fact]
    public void Its_elements_cannot_be_changed_through_the_sources_it_was_made_from()
    {
        int[] bron = [1, 2, 3];
        var lijst = new List<int>(bron);
        ValueArray<int> uitArray = bron;
        var uitLijst = new ValueArray<int>(lijst);
        var uitSpan = ValueArray.Create<int>(bron);
        var uitExtensie = lijst.ToValueArray();
        bron[0] = 99;
        lijst[0] = 99;
        Assert.All([uitArray, uitLijst, uitSpan, uitExtensie], v => Assert.Equal([1, 2, 3], v));

        var onveranderlijk = uitArray.ToImmutableArray();
        Assert.Equal([1, 2, 3], onveranderlijk);
    }

    [Fact]
    public void Changes_make_copies_and_leave_the_original_as_it_was()
    {
        ValueArray<string> origineel = ["a", "b", "c"];
        Assert.Equal(["a", "x", "c"], origineel.SetItem(1, "x"));
        Assert.Equal(["a", "b", "c", "d"], origineel.Add("d"));
        Assert.Equal(["a", "c"], origineel.RemoveAt(1));
        Assert.Equal(["a", "b", "c"], origineel);
        Assert.Throws<ArgumentOutOfRangeException>(() => origineel.SetItem(3, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => origineel.RemoveAt(-1));
    }

    [Fact]
    public void The_public_surface_has_no_way_to_mutate()
    {
        var type = typeof(ValueArray<int>);
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), false), "a readonly struct");
        Assert.All(type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public), f => Assert.True(f.IsInitOnly, f.Name));
        Assert.DoesNotContain(typeof(ICollection<int>), type.GetInterfaces());
        Assert.DoesNotContain(typeof(System.Collections.IList), type.GetInterfaces());
        Assert.All(type.GetMethods(), m => Assert.NotEqual(typeof(Span<int>), m.ReturnType));
        Assert.All(type.GetMethods().Where(m => m.DeclaringType == type && !m.IsStatic && !m.IsSpecialName), m =>
            Assert.True(m.ReturnType != typeof(void), $"{m.Name} returns nothing: it could only change the array"));

        // Enumerating through the interface hands out no writable array.
        IEnumerable<int> elementen = (ValueArray<int>)[1, 2];
        Assert.IsNotType<int[]>(elementen.GetEnumerator());
    }

    [Fact]
    public void ToString_lists_the_elements_between_brackets_whatever_the_culture()
    {
        ValueArray<string> namen = ["haarlem", "zandvoort"];
        Assert.Equal("[haarlem, zandvoort]", namen.ToString());
        Assert.Equal("[]", ValueArray<string>.Empty.ToString());
        var vorige = CultureInfo.CurrentCulture;
        try
        {
            foreach (var cultuur in new[] { "nl-NL", "tr-TR", "en-US" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultuur);
                Assert.Equal("[1.5, -2, 1000]", ((ValueArray<decimal>)[1.5m, -2m, 1000m]).ToString());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }
    }
}
