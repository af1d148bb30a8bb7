using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Besturing;

/// <summary>Equality and hash codes of the council moments, meetings, sources, calendars and blocked periods (Zk.Domain.Besturing).</summary>
public class BesturingModelTests
{
    [Fact]
    public void Equal_copies_are_equal_with_equal_hashes_and_a_change_in_any_member_makes_them_unequal()
    {
        var (fouten, wijzigingen, typen) = ModelGelijkheid.Controleer("Zk.Domain.Besturing");
        Assert.Empty(fouten);
        Assert.True(typen >= 6, $"{typen} types");
        Assert.True(wijzigingen >= 300, $"{wijzigingen} changes tried");
    }
}
