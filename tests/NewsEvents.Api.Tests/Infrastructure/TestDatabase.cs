using Microsoft.Data.Sqlite;
using NewsEvents.Data;
using Npgsql;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>A database of its own for one test: a temporary SQLite file, or a uniquely named PostgreSQL database dropped afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
    }

    private readonly string? _name;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "newsevents-tests", $"{Guid.NewGuid():N}.db");
            return new(provider, $"Data Source={file}", file);
        }
        var server = Postgres.ServerConnectionString ?? throw new InvalidOperationException($"{Postgres.ConnectionStringVariable} is not set.");
        var name = $"newsevents_test_{Guid.NewGuid():N}";
        // The service's own migration creates the database.
        return new(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), name);
    }

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(_name + suffix)) File.Delete(_name + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres.ServerConnectionString) { Database = "postgres" }.ToString());
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
