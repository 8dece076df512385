using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>The feed's and the sitemap's dates are when the content last changed, never when the app last imported it.</summary>
public sealed class ContentDatesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task A_restart_on_unchanged_content_keeps_every_date_of_the_feed_and_the_sitemap()
    {
        var saved = Path.Combine(Directory.CreateTempSubdirectory("portal-dates-").FullName, "portal.db");
        List<string> before;
        using (var first = new PortalFactory(TestPaths.FixtureContent))
        {
            before = await DatesAsync(await first.ReadyClientAsync());
            SqliteConnection.ClearAllPools();
            File.Copy(first.DatabasePath, saved);
        }

        // Later, the same files: the start-up import finds nothing changed.
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        using var restarted = new PortalFactory(TestPaths.FixtureContent, saved);
        var after = await DatesAsync(await restarted.ReadyClientAsync());

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(saved)!, recursive: true);
    }

    /// <summary>Every feed's and entry's "updated", every sitemap URL's "lastmod", with where it comes from.</summary>
    private static async Task<List<string>> DatesAsync(HttpClient client)
    {
        var dates = new List<string>();
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            var feed = XDocument.Parse(await client.GetStringAsync($"/{language}/feed.xml")).Root!;
            dates.Add($"{language} feed {feed.Element(Atom + "updated")!.Value}");
            dates.AddRange(feed.Elements(Atom + "entry").Select(e => $"{e.Element(Atom + "id")!.Value} {e.Element(Atom + "updated")!.Value}"));
        }

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        dates.AddRange(sitemap.Elements(Sitemap + "url").Select(u => $"{u.Element(Sitemap + "loc")!.Value} {u.Element(Sitemap + "lastmod")!.Value}"));
        return dates;
    }
}
