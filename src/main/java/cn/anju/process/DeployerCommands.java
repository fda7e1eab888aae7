package cn.anju.process;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The deployer identity ({@code anju.engine.deployer-user}, off when empty) alone deploys, and nobody
 * changes it through the engine: a deployed model runs any code.
 */
final class DeployerCommands {

    private final String deployerUser;

    DeployerCommands(String deployerUser) {
        this.deployerUser = deployerUser == null || deployerUser.isBlank() ? null : deployerUser.strip();
    }

    /** Whether the command changes the deployer identity (or might: a command this cannot read counts). */
    boolean isAbout(Command<?> command) {
        if (deployerUser == null) {
            return false;
        }
        if (command instanceof SaveUserCmd) {
            return CommandFields.read(command, "user", User.class).map(u -> deployerUser.equals(u.getId())).orElse(true);
        }
        if (command instanceof DeleteUserCmd || command instanceof CreateMembershipCmd
                || command instanceof DeleteMembershipCmd || command instanceof UnlockUserCmd) {
            return CommandFields.read(command, "userId", String.class).map(deployerUser::equals).orElse(true);
        }
        return false;
    }

    /** A deployment command: the deployer's, and never cascading to running instances. */
    void check(Command<?> command, String userId) {
        if (deployerUser == null || !deployerUser.equals(userId)) {
            throw TaskCommands.refused(command, "is the deployer's alone");
        }
        for (String cascade : new String[] {"cascade", "cascadeToInstances"}) {
            if (CommandFields.read(command, cascade, Boolean.class).orElse(false)) {
                throw TaskCommands.refused(command, "would delete running cases with their processes");
            }
        }
    }

}
