using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Feeds;

public sealed class NewsFeedTests(FixtureContentPortal fixture) : NewsFeedTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class NewsFeedOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture)
    : NewsFeedTestsOn<PostgreSqlFixtureContentPortal>(fixture);

public abstract class NewsFeedTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("en", "Sessions open to the democratic forces", "An item in English only")]
    [InlineData("fr", "Les sessions ouvertes aux forces démocratiques", "[EN] An item in English only")]
    [InlineData("ru", "Сессии открыты для демократических сил", "[EN] An item in English only")]
    [InlineData("be", "Сесіі адкрытыя для дэмакратычных сіл", "[EN] An item in English only")]
    public async Task Each_language_has_an_atom_feed_of_its_news_newest_first(string language, string newest, string older)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync($"/{language}/feed.xml");
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(new Atom10FeedFormatter().CanRead(XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync()))));
        Assert.Equal(language, feed.Language);
        Assert.Equal([newest, older], feed.Items.Select(i => i.Title.Text));
        Assert.Equal($"http://localhost/{language}/news/2025-03-26-sessions", feed.Items.First().Links.Single().Uri.ToString());
        Assert.Equal($"http://localhost/{language}/feed.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task The_feed_has_what_atom_1_0_requires()
    {
        var client = await fixture.ReadyClientAsync();

        var feed = XDocument.Parse(await client.GetStringAsync("/ru/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("ru", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.NotEmpty(feed.Elements(Atom + "entry"));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(Atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.Single(entry.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "alternate");
        }

        // The untranslated item says which language its text is in.
        Assert.Equal("en", feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value.StartsWith("[EN]", StringComparison.Ordinal))
            .Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public async Task Drafts_and_deleted_items_are_not_in_the_feed()
    {
        var client = await fixture.ReadyClientAsync();
        await fixture.WithDbAsync(async db =>
        {
            var congress = await db.Institutions.SingleAsync(i => i.Slug == "congress");
            foreach (var (slug, status, deleted) in new[] { ("feed-draft", NewsStatus.Draft, false), ("feed-deleted", NewsStatus.Published, true) })
            {
                db.News.Add(new NewsItem
                {
                    Slug = slug, Date = new DateOnly(2025, 6, 1), InstitutionId = congress.Id, Status = status, IsDeleted = deleted,
                    // Before the import: the other tests of the class, run after this one on a busy machine, compare the feed's date with its entries'.
                    UpdatedAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc),
                    Translations = [new NewsTranslation { Language = "en", Title = slug, Summary = "s", Place = "p", BodyMarkdown = "b", BodyHtml = "<p>b</p>" }],
                });
            }

            return await db.SaveChangesAsync();
        });

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(await client.GetStringAsync("/en/feed.xml"))));

        Assert.DoesNotContain(feed.Items, i => i.Title.Text.StartsWith("feed-", StringComparison.Ordinal));
        Assert.Equal(2, feed.Items.Count());
    }
}
