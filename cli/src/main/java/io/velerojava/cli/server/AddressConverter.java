package io.velerojava.cli.server;

import java.net.InetSocketAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads Go-style listen addresses: {@code :8085} (every interface) or {@code host:port}. */
final class AddressConverter implements ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw new TypeConversionException("invalid address \"" + value + "\"; use :PORT or HOST:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("invalid port in address \"" + value + "\"");
        }
        if (port < 0 || port > 65535) {
            throw new TypeConversionException("port out of range in address \"" + value + "\"");
        }
        String host = value.substring(0, colon);
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }
}
