using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Partijen;

/// <summary>Equality and hash codes of the parties and leads (Zk.Domain.Partijen).</summary>
public class PartijenModelTests
{
    [Fact]
    public void Equal_copies_are_equal_with_equal_hashes_and_a_change_in_any_member_makes_them_unequal()
    {
        var (fouten, wijzigingen, typen) = ModelGelijkheid.Controleer("Zk.Domain.Partijen");
        Assert.Empty(fouten);
        Assert.True(typen >= 2, $"{typen} types");
        Assert.True(wijzigingen >= 200, $"{wijzigingen} changes tried");
    }
}
