using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Feeds;

public sealed class NewsFeedUnsafeCharacterTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_stored_item_holding_characters_xml_cannot_carry_still_leaves_every_feed_readable()
    {
        var client = await fixture.ReadyClientAsync();
        await fixture.WithDbAsync(async db =>
        {
            var congress = await db.Institutions.SingleAsync(i => i.Slug == "congress");
            db.News.Add(new NewsItem
            {
                Slug = "stored-before-the-rules", Date = new DateOnly(2030, 1, 1), InstitutionId = congress.Id,
                Status = NewsStatus.Published, UpdatedAt = DateTime.UtcNow,
                Translations =
                [
                    new NewsTranslation
                    {
                        Language = "en", Title = "Stored\u0001 before\u0008 the rules\uFFFE", Summary = "A\u000B summary\u001F",
                        Place = "P\u0000lace", BodyMarkdown = "b", BodyHtml = "<p>A\u0008 body\uFFFF</p>", UpdatedAt = DateTime.UtcNow,
                    },
                ],
            });
            return await db.SaveChangesAsync();
        });

        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            using var response = await client.GetAsync($"/{language}/feed.xml");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var entry = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry").First();

            Assert.EndsWith("Stored before the rules", entry.Element(Atom + "title")!.Value);
            Assert.Equal("A summary", entry.Element(Atom + "summary")!.Value);
            Assert.Equal("<p>A body</p>", entry.Element(Atom + "content")!.Value);
        }
    }
}
