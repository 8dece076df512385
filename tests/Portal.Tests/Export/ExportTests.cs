using System.Diagnostics;
using System.Xml.Linq;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli.Export;

namespace Portal.Tests.Export;

/// <summary>A static mirror of the repository's content/, as a reader of a mirror and its keeper find it.</summary>
public sealed class ExportTests(ExportedSite export) : IClassFixture<ExportedSite>
{
    private const string MirrorRootPath = "/copy/";
    private static readonly string[] LanguagesOfTheSite = ["en", "fr", "ru", "be"];

    private IEnumerable<string> HtmlFiles => export.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void The_export_of_the_real_content_takes_seconds()
    {
        Assert.True(export.Took < TimeSpan.FromSeconds(60), $"the export took {export.Took}");
        Assert.Contains("Exported ", export.Result.Output);
        Assert.DoesNotContain("Not exported", export.Result.Errors);
        TestContext.Current.SendDiagnosticMessage($"export: {export.Took.TotalSeconds:0.0} s; {export.Result.Output}");
    }

    [Fact]
    public async Task Every_page_of_the_live_sitemap_is_a_file_of_the_export()
    {
        var client = await export.Live.ReadyClientAsync();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var addresses = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.Contains(MirrorLayout.FileOf(address), export.Files));
    }

    [Fact]
    public void Every_language_has_its_home_lists_feed_search_and_not_found_pages()
    {
        foreach (var language in LanguagesOfTheSite)
        {
            string[] expected = ["index.html", "news/index.html", "institutions/index.html", "highlights/index.html",
                "priorities/index.html", "history/index.html", "search/index.html", "404.html", "feed.xml"];
            Assert.All(expected, file => Assert.Contains($"{language}/{file}", export.Files));
        }

        string[] atTheRoot = ["index.html", "404.html", "sitemap.xml", "robots.txt", "SHA256SUMS", ExportFolder.MarkerName];
        Assert.All(atTheRoot, file => Assert.Contains(file, export.Files));
        Assert.Contains(export.Files, file => file.StartsWith("css/site.", StringComparison.Ordinal) && file.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_link_in_every_page_leads_to_a_file_of_the_export_and_its_fragment()
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles)
        {
            var page = await ExportedPages.OpenAsync(export.Out, file);
            foreach (var link in ExportedPages.Links(page).Where(l => !ExportedPages.LeavesTheSite(l)))
            {
                var target = ExportedPages.TargetOf(export.Out, file, link, MirrorRootPath);
                if (!File.Exists(target))
                {
                    broken.Add($"{file}: {link}");
                }
                else if (link.Split('#') is [_, var fragment] && target.EndsWith(".html", StringComparison.Ordinal)
                    && (await ExportedPages.OpenAsync(export.Out, Path.GetRelativePath(export.Out, target))).GetElementById(fragment) is null)
                {
                    broken.Add($"{file}: {link} (no #{fragment})");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Feed_and_sitemap_give_the_mirrors_address_and_lead_to_its_files()
    {
        var addresses = LanguagesOfTheSite.Select(l => $"{l}/feed.xml").Append("sitemap.xml")
            .SelectMany(file => XDocument.Parse(export.Read(file)).Descendants()
                .SelectMany(e => e.Name.LocalName == "loc" || e.Name.LocalName == "id" ? [e.Value] : e.Attributes("href").Select(a => a.Value)))
            .ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.StartsWith(ExportedSite.MirrorBaseUrl + "/", address));
        Assert.All(addresses, address =>
            Assert.True(File.Exists(ExportedPages.TargetOf(export.Out, "", "/" + address[(ExportedSite.MirrorBaseUrl.Length + 1)..])), address));
        Assert.Contains($"Sitemap: {ExportedSite.MirrorBaseUrl}/sitemap.xml", export.Read("robots.txt"));
    }

    [Fact]
    public async Task Every_page_reads_as_the_live_page()
    {
        var client = await export.Live.ReadyClientAsync();
        var pages = HtmlFiles.Where(f => f.EndsWith("/index.html", StringComparison.Ordinal) && !f.EndsWith("/search/index.html", StringComparison.Ordinal)).ToList();

        Assert.True(pages.Count > 40, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var live = await client.GetDocumentAsync(ExportedPages.LiveAddressOf(file));
            var copy = await ExportedPages.OpenAsync(export.Out, file);
            Assert.Equal(ExportedPages.VisibleText(live.Body), ExportedPages.VisibleText(copy.Body));
            Assert.Equal(live.Title, copy.Title);
        }
    }

    [Fact]
    public async Task Canonical_and_language_links_stay_on_the_official_site()
    {
        foreach (var file in HtmlFiles.Where(f => f.EndsWith("/index.html", StringComparison.Ordinal) && !f.Contains("/search/", StringComparison.Ordinal)))
        {
            var page = await ExportedPages.OpenAsync(export.Out, file);
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")!).ToList();

            Assert.Equal(Exporter.OfficialBaseUrl + ExportedPages.LiveAddressOf(file), canonical);
            Assert.Equal(5, alternates.Count);
            Assert.All(alternates, href => Assert.StartsWith(Exporter.OfficialBaseUrl + "/", href));
        }
    }

    [Fact]
    public async Task The_search_box_leads_to_a_page_in_the_readers_language_that_links_to_the_official_search()
    {
        var home = await ExportedPages.OpenAsync(export.Out, "be/index.html");
        var action = home.QuerySelector("form[role=search]")!.GetAttribute("action")!;
        var searchFile = Path.GetRelativePath(export.Out, ExportedPages.TargetOf(export.Out, "be/index.html", action));
        var search = await ExportedPages.OpenAsync(export.Out, searchFile);

        Assert.Equal("be/search/index.html", searchFile);
        Assert.Equal("get", home.QuerySelector("form[role=search]")!.GetAttribute("method"));
        Assert.Contains("Гэта копія сайта", search.QuerySelector("main")!.TextContent);
        Assert.Equal(Exporter.OfficialBaseUrl + "/be/search", search.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void No_page_needs_a_server_no_form_posts_and_no_script()
    {
        foreach (var file in HtmlFiles)
        {
            var html = export.Read(file);
            Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_root_page_offers_the_four_languages()
    {
        var root = await ExportedPages.OpenAsync(export.Out, "index.html");
        var languages = root.QuerySelectorAll("main a[hreflang]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["en/", "fr/", "ru/", "be/"], languages);
        Assert.NotNull(root.QuerySelector("link[rel=stylesheet]"));
    }

    [Fact]
    public async Task The_not_found_page_works_at_any_depth_of_the_mirror()
    {
        var notFound = await ExportedPages.OpenAsync(export.Out, "fr/404.html");
        var links = ExportedPages.Links(notFound).Where(l => !ExportedPages.LeavesTheSite(l) && !l.StartsWith('#')).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(MirrorRootPath, link));
        Assert.Contains("noindex", export.Read("404.html"));
    }

    [Fact]
    public async Task Sha256sums_lists_every_file_and_verifies_with_sha256sum()
    {
        var listed = export.Read("SHA256SUMS").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[66..]).ToList();
        using var check = Process.Start(new ProcessStartInfo("sha256sum", "--check --strict --quiet SHA256SUMS")
        {
            WorkingDirectory = export.Out,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = await check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();

        Assert.Equal(export.Files.Where(f => f != "SHA256SUMS"), listed);
        Assert.True(check.ExitCode == 0, errors + await check.StandardOutput.ReadToEndAsync());
    }
}
