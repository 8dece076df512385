namespace Portal.Tests.Infrastructure;

public static class TestPaths
{
    /// <summary>The repository's root, found from the test assembly's folder upwards.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string RepositoryContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>A small content folder of our own (tests/Portal.Tests/Fixtures/content), copied next to the tests.</summary>
    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>A writable copy of the fixture content, for tests that change files.</summary>
    public static string CopyOfFixtureContent()
    {
        var target = Directory.CreateTempSubdirectory("portal-content-").FullName;
        foreach (var file in Directory.EnumerateFiles(FixtureContent, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(FixtureContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
