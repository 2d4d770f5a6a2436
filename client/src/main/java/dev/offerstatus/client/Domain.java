package dev.offerstatus.client;

import okhttp3.HttpUrl;

/**
 * The two open platforms of the same Open API: Feishu (China) and Lark (international); an app
 * belongs to one of them, its credentials and tokens work only there.
 */
public enum Domain {
  /** Feishu, {@code https://open.feishu.cn/}. */
  FEISHU("https://open.feishu.cn/"),
  /** Lark international, {@code https://open.larksuite.com/}. */
  LARK("https://open.larksuite.com/");

  private final String baseUrl;

  Domain(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The base URL of this platform's Open API, ending with '/'. */
  public String baseUrl() {
    return baseUrl;
  }

  HttpUrl url() {
    return HttpUrl.get(baseUrl);
  }
}
