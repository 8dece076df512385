// dotnet run -c Release --project tests/Portal.Benchmarks [-- CONTENT_FOLDER]
//     search latency without HTTP, on the real content (or CONTENT_FOLDER), then with 10,000 generated news items
// dotnet run -c Release --project tests/Portal.Benchmarks -- generate CONTENT_FOLDER COUNT
//     writes COUNT generated news items into CONTENT_FOLDER/news/, four Markdown files each (what ./run --scale imports)
// The HTTP benchmark (the app against nginx under wrk) is the script ./run next to this file.
using System.Globalization;

if (args is ["generate", var folder, var countText])
{
    if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
    {
        Console.Error.WriteLine($"generate: COUNT must be a positive whole number, not '{countText}'");
        return 2;
    }

    await GeneratedNewsFiles.WriteAsync(folder, count);
    return 0;
}

if (args is ["generate", ..] || args.Length > 1)
{
    Console.Error.WriteLine("usage: Portal.Benchmarks [CONTENT_FOLDER] | generate CONTENT_FOLDER COUNT");
    return 2;
}

await SearchBenchmark.RunAsync(Path.GetFullPath(args.FirstOrDefault() ?? Path.Combine(RepositoryRoot(), "content")));
return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Portal.sln not found");
}
