using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Tests.Search;

/// <summary>The search finds a language's rows by their rowid alone: every row's rowid must say its language.</summary>
public sealed class SearchLanguageSlotTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Fact]
    public async Task Every_row_of_the_index_sits_in_the_slot_of_its_language()
    {
        await fixture.WhenReadyAsync();

        var rows = await fixture.WithDbAsync(db => db.Database
            .SqlQuery<IndexRow>($"""SELECT rowid AS "RowId", "Language" FROM "SearchIndex" """).ToListAsync());

        Assert.Equal(Languages.All.Order(), rows.Select(r => r.Language).Distinct().Order());
        Assert.All(rows, row => Assert.Equal(SearchDocument.LanguageSlot(row.Language), row.RowId % SearchDocument.LanguageSlots));
    }

    private sealed record IndexRow(long RowId, string Language);
}
