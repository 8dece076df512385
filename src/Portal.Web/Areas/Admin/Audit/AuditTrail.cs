using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Audit;

/// <summary>Writes the newsroom's audit trail: who did what, to what, when and from which address.</summary>
public sealed class AuditTrail(PortalDb db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The client of an action taken by the app's own commands on the server.</summary>
    public const string CommandLine = "command line";

    /// <summary>
    /// Adds an entry to the database context's next save, so that it is kept if and only if the change it records is
    /// (a news item's publication and its entry are one transaction).
    /// </summary>
    public void Add(AuditAction action, string? actor, string? subject = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            Actor = Fit(actor),
            Subject = Fit(subject),
            Client = Fit(http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? (http.HttpContext is null ? CommandLine : null)),
            Detail = Fit(detail),
        });

    /// <summary>Adds an entry and saves it now: for what changes nothing else in the database (a sign-in, a refusal).</summary>
    public async Task RecordAsync(AuditAction action, string? actor, string? subject = null, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        Add(action, actor, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    // What a sign-in form received is written as typed, within the column; an entry is never refused for its length.
    private static string? Fit(string? value) => value is { Length: > AuditEntry.TextLength } ? value[..AuditEntry.TextLength] : value;
}
