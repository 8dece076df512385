using System.Net;
using AngleSharp;

namespace Portal.Tests.Export;

/// <summary>The export served as it is by nginx, as a mirror's keeper would publish it under a folder of their host.</summary>
public sealed class ServedByNginxTests(ExportedSite export) : IClassFixture<ExportedSite>
{
    [Fact]
    public async Task A_crawl_of_the_mirror_on_nginx_finds_no_missing_page()
    {
        SkipWithoutNginx();
        await using var nginx = await Nginx.ServeAsync(export.Out, "/copy/");
        using var client = new HttpClient();
        var seen = new HashSet<Uri> { nginx.Address };
        var waiting = new Queue<Uri>(seen);
        var missing = new List<string>();

        while (waiting.TryDequeue(out var address))
        {
            using var response = await client.GetAsync(address);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{address} answered {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(p => p.Content(html).Address(address));
            foreach (var link in ExportedPages.Links(page).Select(l => new Uri(address, l)))
            {
                var withoutFragment = new Uri(link.GetLeftPart(UriPartial.Path));
                if (withoutFragment.Authority == nginx.Address.Authority && seen.Add(withoutFragment))
                {
                    waiting.Enqueue(withoutFragment);
                }
            }
        }

        Assert.Empty(missing);
        Assert.True(seen.Count > 60, $"only {seen.Count} addresses reached");
    }

    [Fact]
    public async Task A_missing_address_on_nginx_shows_the_not_found_page_with_working_links()
    {
        SkipWithoutNginx();
        await using var nginx = await Nginx.ServeAsync(export.Out, "/copy/");
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(nginx.Address, "en/news/no/such/item"));
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(p => p.Content(html).Address(response.RequestMessage!.RequestUri!));
        var stylesheet = new Uri(page.BaseUrl!, page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(stylesheet)).StatusCode);
    }

    private static void SkipWithoutNginx()
    {
        if (!Nginx.IsInstalled && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip($"nginx not found at {Nginx.ExecutablePath}: install it with `apt-get install -y nginx`.");
        }
    }
}
