package io.velerojava.api.v1;

import io.velerojava.api.ForwardCompatible;

/** A server status request has no parameters. */
public class ServerStatusRequestSpec extends ForwardCompatible {
}
