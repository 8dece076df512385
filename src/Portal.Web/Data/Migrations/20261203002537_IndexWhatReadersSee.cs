using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndexWhatReadersSee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_News_Status_Date",
                table: "News");

            migrationBuilder.CreateIndex(
                name: "IX_NewsTranslations_NewsItemId_Language_UpdatedAt",
                table: "NewsTranslations",
                columns: new[] { "NewsItemId", "Language", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_News_Status_Date",
                table: "News",
                columns: new[] { "Status", "Date" },
                filter: "NOT \"IsDeleted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NewsTranslations_NewsItemId_Language_UpdatedAt",
                table: "NewsTranslations");

            migrationBuilder.DropIndex(
                name: "IX_News_Status_Date",
                table: "News");

            migrationBuilder.CreateIndex(
                name: "IX_News_Status_Date",
                table: "News",
                columns: new[] { "Status", "Date" });
        }
    }
}
