using System.Net;
using Npgsql;

namespace Anju.Hosting;

/// <summary>A setting that is missing or unusable, named as an operator writes it (<c>ConnectionStrings:Anju</c>).</summary>
public sealed class InvalidSettingException(string setting, string problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;
}

/// <summary>Settings the hosts read outside an options class: missing or unusable, they stop the host naming the setting.</summary>
public static class HostSettings
{
    /// <summary>The TCP port <paramref name="key"/> (1–65535), or <paramref name="fallback"/> when it is not set.</summary>
    public static int Port(this IConfiguration configuration, string key, int fallback)
    {
        var port = configuration.GetValue(key, fallback);
        return port is >= 1 and <= 65535 ? port : throw new InvalidSettingException(key, $"{port} is not a TCP port (1 to 65535)");
    }

    /// <summary>The IP address <paramref name="key"/>, or <paramref name="fallback"/> when it is not set.</summary>
    public static IPAddress Address(this IConfiguration configuration, string key, IPAddress fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return IPAddress.TryParse(text, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            ? address
            : throw new InvalidSettingException(key, $"'{text}' is not an address of this machine's that others can dial (e.g. 10.0.0.5)");
    }

    /// <summary>The duration <paramref name="key"/> (above zero), or <paramref name="fallback"/> when it is not set.</summary>
    public static TimeSpan Duration(this IConfiguration configuration, string key, TimeSpan fallback)
    {
        var duration = configuration.GetValue(key, fallback);
        return duration > TimeSpan.Zero ? duration : throw new InvalidSettingException(key, $"must be a duration above 0 (hh:mm:ss), not {duration}");
    }

    /// <summary>The connection string <paramref name="name"/> (<c>ConnectionStrings:{name}</c>), in Npgsql's form, or
    /// <paramref name="fallback"/> when it is not set; neither: an <see cref="InvalidSettingException"/>.</summary>
    public static string NpgsqlConnectionString(this IConfiguration configuration, string name, string? fallback = null)
    {
        var setting = $"ConnectionStrings:{name}";
        if (configuration.GetConnectionString(name) is not { Length: > 0 } value)
        {
            return fallback ?? throw new InvalidSettingException(setting, $"is not set (env ConnectionStrings__{name}, e.g. Host=127.0.0.1;Port=5432;Database=anju;Username=anju_app)");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
            return value;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidSettingException(setting, $"is not a PostgreSQL connection string (Key=value;…): {ex.Message}");
        }
    }
}
