using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Web.Data;

/// <summary>
/// The app stores every time in UTC, but SQLite keeps no kind: read back, a time would be "unspecified" and
/// shift by the server's offset wherever it is turned into a <see cref="DateTimeOffset"/> (feeds, sitemap).
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    time => time.Kind == DateTimeKind.Utc ? time : time.ToUniversalTime(),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
