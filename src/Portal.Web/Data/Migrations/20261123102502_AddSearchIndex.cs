using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        // An FTS5 table is not part of the EF model (EF cannot describe virtual tables), so the model
        // snapshot stays as it is; Portal.Web.Search.SearchIndex fills and reads it.
        // unicode61 with remove_diacritics 2 folds case and accents in Latin and Cyrillic alike
        // (Congrès = congres, Конгресс = конгресс); the prefix indexes make "word*" queries cheap.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndex";""");
        }
    }
}
