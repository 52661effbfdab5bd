package nngrader.sandbox.wire;

/**
 * An object that stays in the worker, named by its handle.
 *
 * @param id        the worker's handle for the object, unique for the worker's life
 * @param className the object's class in the worker, for messages only
 */
public record RemoteRef(long id, String className) {
}
