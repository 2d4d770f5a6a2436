package dev.offerstatus.client.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A real redis-server (embedded-redis' binary) on a free loopback port, without persistence. */
final class TestRedis implements AutoCloseable {
  private final int port;
  private RedisServer server;

  TestRedis() {
    this.port = freePort();
    start();
  }

  int port() {
    return port;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Stops the server; its data is gone (no persistence), as after a crash. */
  void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a fresh server on the same port. */
  void start() {
    try {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * A free port whose cluster bus port (the port + 10000, which a cluster node also binds) is free
   * too: an ephemeral port alone may have its bus port taken, or past 65535.
   */
  static int freeClusterPort() {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = freePort();
      if (port + 10_000 <= 65_535 && isFree(port + 10_000)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port with a free cluster bus port in 100 attempts");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
