using System.Reflection;
using NewsEvents.Data;
using Xunit.Sdk;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>Runs a theory on SQLite (always available: a file per test).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>
/// Runs a theory on PostgreSQL when <see cref="Postgres.ConnectionStringVariable"/> holds a connection string;
/// otherwise the row is reported as skipped (never silently passed).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (Postgres.ServerConnectionString is null) Skip = $"PostgreSQL tests need {Postgres.ConnectionStringVariable} (a connection string to a server).";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}

/// <summary>A plain fact that needs a PostgreSQL server; skipped without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Postgres.ServerConnectionString is null) Skip = $"PostgreSQL tests need {Postgres.ConnectionStringVariable}.";
    }
}

public static class Postgres
{
    public const string ConnectionStringVariable = "NEWSEVENTS_TEST_POSTGRES";

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;
}
