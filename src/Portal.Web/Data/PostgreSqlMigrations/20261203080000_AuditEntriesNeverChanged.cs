using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.PostgreSqlMigrations
{
    /// <summary>
    /// The audit trail is only ever added to: PostgreSQL refuses to change or remove an entry, as SQLite's triggers of
    /// <c>AddAuditTrail</c> do. Written by hand (triggers are not in the model); it runs after the initial migration.
    /// </summary>
    [DbContext(typeof(PortalDb))]
    [Migration("20261203080000_AuditEntriesNeverChanged")]
    public partial class AuditEntriesNeverChanged : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit entries are never changed or removed';
                END;
                $$;
                CREATE TRIGGER "AuditEntries_NeverChanged" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_never_changed();
                CREATE TRIGGER "AuditEntries_NeverTruncated" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_never_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AuditEntries_NeverTruncated" ON "AuditEntries";
                DROP TRIGGER "AuditEntries_NeverChanged" ON "AuditEntries";
                DROP FUNCTION audit_entries_never_changed();
                """);
        }
    }
}
