using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Web;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using Portal.Web.Search;

/// <summary>
/// Search latency on the real content, then with 10,000 generated news items (four languages each) added. It times the
/// same query the search page runs (count + one page of ten ranked results with snippets), without HTTP.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly (string Language, string Query)[] Queries =
    [
        ("en", "congress"), ("en", "democratic forces"), ("en", "co"), ("fr", "congres"), ("fr", "démocratiques"),
        ("ru", "Конгресс"), ("ru", "демократических сил"), ("be", "кангрэс"), ("be", "дэмакратычных"), ("en", "nothingmatchesthis"),
    ];

    public static async Task RunAsync(string content)
    {
        var folder = Directory.CreateTempSubdirectory("portal-bench-").FullName;
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole())
            .AddSingleton(TimeProvider.System)
            .AddScoped<ContentImporter>()
            .AddDbContext<PortalDb>(options => options.UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}",
                    sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>());
        services.AddOptions<PortalOptions>().Configure(options => options.ContentPath = content);
        services.AddPortalSearch();
        await using (var provider = services.BuildServiceProvider())
        {
            await MeasureAsync(provider, content);
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task MeasureAsync(ServiceProvider provider, string content)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            await db.Database.MigrateAsync();
            var watch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync();
            Console.WriteLine($"Content from {content}: imported and indexed in {watch.ElapsedMilliseconds} ms, {await RowsAsync(db)} index rows");
            await QueriesAsync(db, "real content");
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            var watch = Stopwatch.StartNew();
            await GeneratedNews.AddAsync(db, 10_000);
            Console.WriteLine($"10,000 generated news items (x4 languages) saved and indexed through the interceptor in {watch.ElapsedMilliseconds} ms, {await RowsAsync(db)} index rows");
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            await QueriesAsync(db, "real content + 10,000 news items");
            var watch = Stopwatch.StartNew();
            await SearchIndex.RebuildAsync(db);
            Console.WriteLine($"Full rebuild of the index: {watch.ElapsedMilliseconds} ms");
        }
    }

    private static async Task QueriesAsync(PortalDb db, string label)
    {
        const int runs = 50;
        Console.WriteLine($"\n{label}: median / p95 / max of {runs} runs, ms (results)");
        foreach (var (language, text) in Queries)
        {
            var query = ReaderQuery.Parse(text);
            var found = await SiteSearch.RunAsync(db, query, language, 0, 10, default); // warm-up
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await SiteSearch.RunAsync(db, query, language, 0, 10, default);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"  {language} {text,-22} {times[runs / 2],7:F2} {times[runs * 95 / 100],7:F2} {times[^1],7:F2}   ({found.Total})");
        }
    }

    private static async Task<int> RowsAsync(PortalDb db) =>
        await db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "SearchIndex" """).SingleAsync();
}
