using System.Globalization;

namespace Portal.Web.Cli.Backup;

/// <summary>What a backup holds, in the words an operator checks it by: how much news, how recent, how big.</summary>
public sealed record BackupContents(long NewsItems, string? NewestNewsDate, string? LastNewsChange, long Accounts, long Bytes)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Count(NewsItems, "news item")}{Newest()}, {Count(Accounts, "newsroom account")}, {Bytes / 1024.0 / 1024.0:0.0} MB");

    private static string Count(long count, string thing) => string.Create(CultureInfo.InvariantCulture, $"{count} {thing}{(count == 1 ? "" : "s")}");

    private string Newest() => NewestNewsDate is null ? "" : $" (the newest dated {NewestNewsDate}, the last saved at {LastNewsChange} UTC)";
}
