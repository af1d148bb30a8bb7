using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Wisselwerkingen;

/// <summary>Equality and hash codes of the koppelkansen, vraagstukken and their ends (Zk.Domain.Wisselwerkingen).</summary>
public class WisselwerkingenModelTests
{
    [Fact]
    public void Equal_copies_are_equal_with_equal_hashes_and_a_change_in_any_member_makes_them_unequal()
    {
        var (fouten, wijzigingen, typen) = ModelGelijkheid.Controleer("Zk.Domain.Wisselwerkingen");
        Assert.Empty(fouten);
        Assert.True(typen >= 3, $"{typen} types");
        Assert.True(wijzigingen >= 100, $"{wijzigingen} changes tried");
    }
}
