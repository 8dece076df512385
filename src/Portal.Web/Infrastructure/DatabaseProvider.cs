namespace Portal.Web.Infrastructure;

/// <summary>The database engine: <c>Portal:Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>A file next to the app: one machine, no server (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by several instances of the app.</summary>
    PostgreSql,
}
