using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrackTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnglishFingerprint",
                table: "NewsTranslations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TranslatedFrom",
                table: "NewsTranslations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "NewsRevisions",
                type: "TEXT",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnglishFingerprint",
                table: "NewsTranslations");

            migrationBuilder.DropColumn(
                name: "TranslatedFrom",
                table: "NewsTranslations");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "NewsRevisions");
        }
    }
}
