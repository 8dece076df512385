using System.Globalization;

namespace Portal.Web.Cli.Backup;

/// <summary>What a backup holds, in the words an operator checks it by: how much news, how recent, how big.</summary>
public sealed record BackupContents(long NewsItems, string? NewestNewsDate, string? LastNewsChange, long Accounts, long Bytes)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{NewsItems} news items{Newest()}, {Accounts} newsroom accounts, {Bytes / 1024.0 / 1024.0:0.0} MB");

    private string Newest() => NewestNewsDate is null ? "" : $" (the newest dated {NewestNewsDate}, the last saved at {LastNewsChange} UTC)";
}
