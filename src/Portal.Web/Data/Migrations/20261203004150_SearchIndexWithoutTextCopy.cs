using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexWithoutTextCopy : Migration
    {
        // The index no longer keeps its own copy of every text (164 MB of 517 with 10,000 items in four languages): a
        // contentless FTS5 table (SQLite 3.43 or later for contentless_delete) holds only what finding needs. A rowid says
        // the kind, item and language of a row; the texts of the results shown are read from their own tables. The new
        // table starts empty, and SearchIndexStartup fills it after the start-up import, before the site answers.
        // Prefix indexes for two and three letters only: "co*" needs one (70 ms without it with 10,000 items), while from four
        // letters on the words are few enough to read without; the four-letter index cost a quarter of the indexing time.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS "SearchIndex";
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Title",
                    "Body",
                    content = '',
                    contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS "SearchIndex";
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Title",
                    "Body",
                    "Kind" UNINDEXED,
                    "ItemId" UNINDEXED,
                    "Language" UNINDEXED,
                    "Slug" UNINDEXED,
                    "Date" UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3 4'
                );
                """);
        }
    }
}
