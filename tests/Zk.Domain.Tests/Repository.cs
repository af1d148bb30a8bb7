namespace Zk.Domain.Tests;

/// <summary>Files of the repository the tests run in (the folder that holds Zk.Domain.sln, above the test binaries).</summary>
internal static class Repository
{
    /// <summary>The path of a file or folder below the repository's root, e.g. <c>Repository.Pad("docs", "rules.md")</c>.</summary>
    public static string Pad(params string[] delen)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Zk.Domain.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine([directory.FullName, .. delen]);
    }
}
