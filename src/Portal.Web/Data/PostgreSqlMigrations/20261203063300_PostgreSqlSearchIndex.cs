using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.PostgreSqlMigrations
{
    /// <summary>
    /// The search index on PostgreSQL: one row per item and language (the rowid scheme of <see cref="Search.SearchDocument"/>),
    /// a weighted tsvector (title A, body D) under a GIN index. Each language's own text search configuration, folding accents
    /// as SQLite's index does (unaccent, a trusted extension that the database's owner may create): english, french and russian
    /// stemmers, and simple for Belarusian, which PostgreSQL has no stemmer for.
    /// </summary>
    /// <remarks>
    /// Written by hand and outside the model: regenerating the initial migration from the model leaves it as it is. It needs
    /// none of the model's tables, so it may run before or after them.
    /// </remarks>
    [DbContext(typeof(PortalDb))]
    [Migration("20261203063300_PostgreSqlSearchIndex")]
    public partial class PostgreSqlSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH CONFIGURATION portal_english (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION portal_english
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, english_stem;
                CREATE TEXT SEARCH CONFIGURATION portal_french (COPY = french);
                ALTER TEXT SEARCH CONFIGURATION portal_french
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, french_stem;
                CREATE TEXT SEARCH CONFIGURATION portal_russian (COPY = russian);
                ALTER TEXT SEARCH CONFIGURATION portal_russian
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
                CREATE TEXT SEARCH CONFIGURATION portal_simple (COPY = simple);
                ALTER TEXT SEARCH CONFIGURATION portal_simple
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
                CREATE TABLE "SearchIndex" (
                    "RowId" bigint PRIMARY KEY,
                    "Language" smallint NOT NULL,
                    "Document" tsvector NOT NULL
                );
                CREATE INDEX "IX_SearchIndex_Document" ON "SearchIndex" USING GIN ("Document");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS "SearchIndex";
                DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_english;
                DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_french;
                DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_russian;
                DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_simple;
                """);
        }
    }
}
