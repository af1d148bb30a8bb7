using System.Text;
using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

public class LoaderErrorTests
{
    public static TheoryData<string> BrokenDocuments => [.. Examples.All.Select(b => b.Name)];

    [Fact]
    public void The_valid_example_loads()
    {
        var plan = WerkplanDocument.Parse(Examples.Valid);
        Assert.Equal("west-2024", plan.Id);
        Assert.Equal(2, plan.Acties.Count);
        Assert.Null(plan.Acties[0].Raadsmomenten[1].Kwartaal);
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void A_broken_document_gives_one_error_naming_the_path_and_line(string name)
    {
        var broken = Examples.Get(name);
        var ok = WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(broken.Json), out var plan, out var error, "west.json");

        Assert.False(ok);
        Assert.Null(plan);
        Assert.NotNull(error);
        Assert.Equal("west.json", error.Source);
        Assert.Equal(broken.Path, error.JsonPath);
        if (broken.Line is { } line)
        {
            Assert.Equal(line, error.Line);
        }

        Assert.Contains(broken.MessagePart, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(broken.Code, error.Code);
        Assert.DoesNotContain("Zk.Domain", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Load_throws_only_the_documented_exception(string name)
    {
        var broken = Examples.Get(name);
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Parse(broken.Json, "west.json"));
        Assert.StartsWith("west.json: " + broken.Path, e.Message, StringComparison.Ordinal);
        Assert.Equal(e.Error.ToString(), e.Message);
    }

    [Fact]
    public void The_message_names_file_path_line_and_column()
    {
        var broken = Examples.All.Single(b => b.Name == "unknown enum value");
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Parse(broken.Json, "west.json"));
        Assert.Equal(
            "west.json: $.acties[1].termijn (line 38, column 18): Expected one of \"kort\", \"lang\"; found 'middel'.",
            e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-missing-" + Guid.NewGuid().ToString("N") + ".json");
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.LoadFile(path));
        Assert.Equal(path, e.Error.Source);
        Assert.Null(e.Error.Line);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_not_a_file()
    {
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.LoadFile(Path.GetTempPath()));
        Assert.Equal(Path.GetTempPath(), e.Error.Source);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_of_the_document()
    {
        var bytes = Encoding.UTF8.GetBytes(Examples.Valid.Replace("\"West\"", "\"W?st\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(bytes, "west.json"));
        Assert.Equal("west.json", e.Error.Source);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Examples.Valid)).ToArray();
        Assert.Equal("west-2024", WerkplanDocument.Load(bytes).Id);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Parse(deep));
        Assert.Equal("<document>", e.Error.Source);
    }
}
