package io.velerojava.cli;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --credential SECRET=KEY}: the key of a Secret in the Velero namespace. */
public final class CredentialFlag implements ITypeConverter<SecretKeySelector> {

    @Override
    public SecretKeySelector convert(String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new TypeConversionException("invalid credential \"" + value
                    + "\"; use SECRET_NAME=KEY, the Secret being in the Velero namespace");
        }
        return new SecretKeySelector(value.substring(equals + 1), value.substring(0, equals), null);
    }
}
