package nngrader.bundle;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a compiled class refers to, read from its constant pool (JVMS §4.4): every class it
 * links against (supertypes, fields and methods it uses, classes it creates or catches) has a
 * {@code CONSTANT_Class} entry, and every type that appears only in a signature or an annotation is
 * named in a descriptor ({@code Lnn/util/Dataset;}). A class that is only named in a string
 * ({@code Class.forName}) is not found.
 */
final class ClassReferences {
    private static final int MAGIC = 0xCAFEBABE;
    /** A class in a field, method or generic signature, or an annotation's type: {@code Lpkg/Name;} or {@code Lpkg/Name<}. */
    private static final Pattern DESCRIBED = Pattern.compile("L([^;<>\\[\\s().:]+)[;<]");

    private ClassReferences() {
    }

    /** The packages, with '/' ({@code nn/util}), that the class file refers to, its own among them; "" for the unnamed one. */
    static Set<String> packagesOf(Path classFile) throws IOException {
        try (InputStream file = Files.newInputStream(classFile);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(classFile + " is not a class file");
            }
            in.readUnsignedShort();     // minor version
            in.readUnsignedShort();     // major version
            return packages(in, classFile);
        } catch (java.io.EOFException e) {
            throw new IOException(classFile + " is a truncated class file", e);
        }
    }

    private static Set<String> packages(DataInputStream in, Path classFile) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int classes = 0;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();                     // Utf8: u2 length, modified UTF-8
                case 7 -> classNames[classes++] = in.readUnsignedShort();   // Class
                case 8, 16, 19, 20 -> in.readUnsignedShort();         // String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3);                          // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> {                                        // Long, Double: 8 bytes, two entries
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException(classFile + " has an unknown constant pool tag " + tag);
            }
        }
        Set<String> packages = new HashSet<>();
        for (int c = 0; c < classes; c++) {
            String name = classNames[c] < count ? utf8[classNames[c]] : null;
            if (name != null && !name.startsWith("[")) {
                packages.add(packageOf(name));
            }
        }
        for (String text : utf8) {
            if (text != null) {
                Matcher m = DESCRIBED.matcher(text);
                while (m.find()) {
                    packages.add(packageOf(m.group(1)));
                }
            }
        }
        return packages;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }
}
