package dev.offerstatus.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class FetchDocMojoTest {
  private final InetSocketAddress address = InetSocketAddress.createUnresolved("proxy.corp", 3128);

  @Test
  void settingsProxyBypassesItsNonProxyHosts() {
    FetchDocMojo.SettingsProxy selector =
        new FetchDocMojo.SettingsProxy(address, "localhost|*.internal.example | 127.0.0.1");
    assertThat(selector.select(URI.create("https://open.feishu.cn/api/tools/document/detail")))
        .containsExactly(new Proxy(Proxy.Type.HTTP, address));
    assertThat(selector.select(URI.create("http://docs.internal.example/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("http://LOCALHOST:8080/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("http://127.0.0.1:8080/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("http://internal.example.evil/x")))
        .containsExactly(new Proxy(Proxy.Type.HTTP, address));
  }

  @Test
  void settingsProxyWithoutNonProxyHostsProxiesEverything() {
    FetchDocMojo.SettingsProxy selector = new FetchDocMojo.SettingsProxy(address, null);
    assertThat(selector.select(URI.create("http://127.0.0.1:8080/x")))
        .containsExactly(new Proxy(Proxy.Type.HTTP, address));
  }
}
